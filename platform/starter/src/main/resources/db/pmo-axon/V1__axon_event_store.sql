-- Axon Framework's JDBC storage on PostgreSQL: event store, snapshots, tracking tokens, sagas.
-- Unquoted names: PostgreSQL folds them to lower case, as do Axon's unquoted statements.
-- globalIndex steps by exactly one so that tracking processors see every event (STACK.md pitfall 10).

CREATE TABLE DomainEventEntry (
    globalIndex         BIGSERIAL    NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalIndex),
    CONSTRAINT domain_event_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber),
    CONSTRAINT domain_event_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    CONSTRAINT snapshot_event_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE SagaEntry (
    sagaId         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA,
    PRIMARY KEY (sagaId)
);

CREATE TABLE AssociationValueEntry (
    id               BIGSERIAL    NOT NULL,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaType         VARCHAR(255),
    sagaId           VARCHAR(255),
    PRIMARY KEY (id)
);

CREATE INDEX association_value_lookup ON AssociationValueEntry (sagaType, associationKey, associationValue);
CREATE INDEX association_value_saga ON AssociationValueEntry (sagaId, sagaType);
