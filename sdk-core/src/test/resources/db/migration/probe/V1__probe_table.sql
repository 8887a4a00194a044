CREATE TABLE probe_item (
    id         UUID PRIMARY KEY,
    label      VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
