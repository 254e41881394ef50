-- One database per service (no service reads another's store); each service's Flyway creates its own tables.
-- Run once by the postgres image, on an empty data volume. pmo_reporting comes last: the compose healthcheck
-- connects to it, so a healthy postgres has them all.
CREATE DATABASE pmo_project;
CREATE DATABASE pmo_portfolio;
CREATE DATABASE pmo_resource;
CREATE DATABASE pmo_risk;
CREATE DATABASE pmo_reporting;
