-- Newsroom schema, version 17: the scheduler asks every three seconds which published stories are
-- due to be unpublished. Without an index that question read every published story (a profile at
-- 10,000 stories put 4 % of the server's time there); with it, a range of the few that have a date.
create index article_unpublish_due_idx on article (status, unpublish_at);
