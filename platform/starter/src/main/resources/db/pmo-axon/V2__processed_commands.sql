-- Ids of idempotent commands (metadata "commandId") that were handled. The row is written in the same
-- transaction as the events the command appended, so "handled" and "its events stored" cannot disagree:
-- a redelivered reaction finds its id here and does nothing.
CREATE TABLE pmo_processed_command (
    command_id   VARCHAR(255) PRIMARY KEY,
    command_name VARCHAR(255) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
