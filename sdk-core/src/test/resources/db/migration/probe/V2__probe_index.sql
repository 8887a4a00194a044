CREATE INDEX probe_item_created_at ON probe_item (created_at);
