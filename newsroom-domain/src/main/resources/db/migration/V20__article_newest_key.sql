-- Newsroom schema, version 20: the staff API lists stories newest first and pages by key
-- (created_at, id). With this index both databases read the list in order and stop at the page's
-- limit, whatever the archive's size (H2 only does so when the ORDER BY names the index's columns
-- from the first one, as this one does).
create index article_newest_key_idx on article (created_at desc, id desc);
