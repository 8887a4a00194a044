-- The processing log (Logboek Dataverwerkingen): one row per processing of personal data, written
-- once and never changed. Ids are W3C Trace Context / OpenTelemetry ids in lowercase hex. The
-- subject is a keyed pseudonym, never a BSN. Purged only by retention (consent_purge in PostgreSQL).
CREATE TABLE consent_processing_log (
    trace_id         CHAR(32)     NOT NULL,
    span_id          CHAR(16)     NOT NULL,
    parent_span_id   CHAR(16),
    foreign_trace_id CHAR(32),
    foreign_span_id  CHAR(16),
    foreign_entity   VARCHAR(500),
    activity         VARCHAR(200) NOT NULL,
    controller       VARCHAR(200) NOT NULL,
    purpose_id       VARCHAR(200) NOT NULL,
    legal_basis      VARCHAR(30)  NOT NULL,
    data_categories  TEXT         NOT NULL,
    subject          VARCHAR(200) NOT NULL,
    subject_id_type  VARCHAR(100) NOT NULL,
    actor            VARCHAR(200),
    actor_role       VARCHAR(100),
    mandate          VARCHAR(200),
    actor_place      VARCHAR(200),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    resource_name    VARCHAR(200) NOT NULL,
    CONSTRAINT consent_processing_log_pk PRIMARY KEY (trace_id, span_id)
);

CREATE INDEX consent_processing_log_subject ON consent_processing_log (subject, started_at);
CREATE INDEX consent_processing_log_retention ON consent_processing_log (controller, purpose_id, ended_at);
