-- Products of every agency. The product itself is kept as its Loket JSON document (the model's
-- own format, so a new optional part needs no migration); the columns beside it are what the store
-- selects on: the owner (an agency changes only its own products), the UPL name and area (a life
-- event's step finds "identiteitskaart in GM0344"), and when it changed.
CREATE TABLE catalogue_product (
    id            VARCHAR(1000) PRIMARY KEY,
    owner         VARCHAR(63)   NOT NULL,
    authority     VARCHAR(63)   NOT NULL,
    upl_uri       VARCHAR(1000),
    spatial_code  VARCHAR(100)  NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    document      TEXT          NOT NULL
);

CREATE INDEX catalogue_product_owner ON catalogue_product (owner);
CREATE INDEX catalogue_product_upl ON catalogue_product (upl_uri, spatial_code);
