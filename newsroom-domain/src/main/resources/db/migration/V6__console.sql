-- The console's article list: newest first by default, "my drafts" by writer, and the
-- latest published across editions. Valid on H2 (PostgreSQL mode) and PostgreSQL.
create index article_created_at_idx on article (created_at);
create index article_created_by_status_idx on article (created_by, status);
create index article_status_published_idx on article (status, published_at);
