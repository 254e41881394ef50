-- Axon's sequenced dead-letter queue on JDBC (JdbcSequencedDeadLetterQueue, default DeadLetterSchema):
-- the events a processing group's handlers failed on, and the later events of the same aggregate queued behind
-- them. Column names and types follow Axon's GenericDeadLetterTableFactory, with BYTEA for serialized data as in
-- the event store; timestamps are ISO-8601 strings, as Axon writes them. causeMessage is TEXT rather than
-- Axon's VARCHAR(255): a cause is truncated to 1023 characters, which PostgreSQL would refuse in 255.
-- The unique (processingGroup, sequenceIdentifier, sequenceIndex) index also serves Axon's lookups by group
-- and by (group, sequence), so no further index is needed.

CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timeStamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         TEXT,
    diagnostics          BYTEA,
    PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
