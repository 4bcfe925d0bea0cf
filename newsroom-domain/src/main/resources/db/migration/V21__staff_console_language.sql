-- The language each person's console speaks (EN, AR, ES); null: the browser's first language the console speaks.
alter table staff_user add column console_language varchar(2);
