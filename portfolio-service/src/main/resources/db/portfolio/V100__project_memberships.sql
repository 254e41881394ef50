-- portfolio-service: which portfolio holds each project as a candidate. Written in the same transaction as the
-- portfolio's events (a project is a candidate of at most one portfolio across the tenant: the unique key is the
-- set-based check a single aggregate cannot make). Versions from 100 on leave 1..99 to the platform's schema.
CREATE TABLE portfolio_project_membership (
    tenant_id    VARCHAR(128) NOT NULL,
    project_id   VARCHAR(64)  NOT NULL,
    portfolio_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (tenant_id, project_id)
);
