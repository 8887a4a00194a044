CREATE TABLE probetwo_item (id UUID PRIMARY KEY);
