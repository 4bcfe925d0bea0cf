-- Issue 13: an edition's articles sitemaps, one per month. The shelf keeps how many stories each
-- edition published in each month (UTC), as it keeps every list's size: 'month:EN:2026-11'. The
-- sitemap index then finds the months that have stories in one range of reader_list_size's key,
-- instead of grouping the whole archive on every request. From now on ReaderShelf moves these
-- sizes with every restock; this fills them for the stories already on the shelf.
insert into reader_list_size (list_key, stories)
select 'month:' || m.edition || ':' || cast(m.y as varchar(4)) || '-' || lpad(cast(m.mo as varchar(2)), 2, '0'), count(*)
from (select edition, cast(extract(year from published_at at time zone 'UTC') as integer) as y,
             cast(extract(month from published_at at time zone 'UTC') as integer) as mo
      from reader_story) m
group by m.edition, m.y, m.mo;
