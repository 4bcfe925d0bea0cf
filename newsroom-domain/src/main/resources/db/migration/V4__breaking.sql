-- Breaking items posted through the JMS inbox remember the message that asked for
-- them, so a redelivered message never posts the same item twice.
alter table breaking_item add column source_message_id varchar(100);
alter table breaking_item add constraint breaking_item_source_message_unique unique (source_message_id);
