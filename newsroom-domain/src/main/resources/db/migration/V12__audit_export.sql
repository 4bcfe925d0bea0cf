-- The audit export reads the whole log in (time, id) order, page by page (keyset paging):
-- without this index every page would sort the table again.
create index audit_entry_occurred_idx on audit_entry (occurred_at, id);
