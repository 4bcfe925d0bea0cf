-- Reader lists are "newest first, id breaking ties" (ReaderCatalog.NEWEST_FIRST). Indexes in exactly
-- that order let the database read the first page straight off the index and stop, instead of
-- sorting every published story of the edition or section on each render (H2 sorted all ~33,000
-- stories of an edition of the 100,000-story corpus for the home page's "latest").
create index article_edition_newest_idx on article (edition, status, published_at desc, id desc);
create index article_section_newest_idx on article (section_id, status, published_at desc, id desc);
-- The ascending ones they replace served the same lookups; one index per order is enough.
drop index article_edition_status_published_idx;
drop index article_section_status_published_idx;
