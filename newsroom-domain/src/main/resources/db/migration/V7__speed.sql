-- Reader lists are "newest first, id breaking ties" (ReaderCatalog.NEWEST_FIRST). With indexes in
-- exactly that order PostgreSQL reads the first page off the index and stops (home "latest": 11 rows
-- read, 0.2 ms with 100,000 stories; plans in docs/speed.md). H2 2.2 does not stop early either way.
create index article_edition_newest_idx on article (edition, status, published_at desc, id desc);
create index article_section_newest_idx on article (section_id, status, published_at desc, id desc);
-- The ascending ones they replace served the same lookups; one index per order is enough.
drop index article_edition_status_published_idx;
drop index article_section_status_published_idx;
