-- db-scheduler's table (its documented PostgreSQL DDL), used by the platform's persistent Axon deadline manager
-- (DbSchedulerDeadlineManager, see PmoDeadlineAutoConfiguration). One row per pending deadline: task_name
-- 'AxonDeadline', task_instance the deadline id that cancelSchedule takes, execution_time when it is due, and
-- task_data the deadline as JSON (name, scope, payload, metadata), readable by an operator with
--   SELECT task_instance, execution_time, convert_from(task_data, 'UTF8') FROM scheduled_tasks;
-- picked/picked_by/last_heartbeat record which instance is running a due deadline, so exactly one does.

CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
