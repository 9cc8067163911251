-- Run once as a PostgreSQL superuser: psql -f create-database.sql
-- The application creates and migrates its own tables (Flyway) at start.
CREATE ROLE kumiai LOGIN PASSWORD 'change-me';
CREATE DATABASE kumiai OWNER kumiai ENCODING 'UTF8' TEMPLATE template0;
