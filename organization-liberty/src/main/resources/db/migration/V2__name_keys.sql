-- Names are unique by their key (platform-commons Text.nameKey: NFKC, Unicode case folding), which
-- the service computes; lower(name) folded only what the database's collation knew, and let two
-- names that look alike (a decomposed accent, a full-width letter, "ß" and "SS") live side by side.
-- Existing rows get the nearest key SQL can compute; every write recomputes it.
alter table organization add column name_key varchar(600);
update organization set name_key = lower(upper(normalize(name, NFKC)));
alter table organization alter column name_key set not null;
drop index organization_name_ci_uk;
create unique index organization_name_key_uk on organization (name_key);

alter table user_group add column name_key varchar(300);
update user_group set name_key = lower(upper(normalize(name, NFKC)));
alter table user_group alter column name_key set not null;
drop index user_group_name_uk;
create unique index user_group_name_key_uk on user_group (organization_id, name_key);

alter table partner add column name_key varchar(600);
update partner set name_key = lower(upper(normalize(name, NFKC)));
alter table partner alter column name_key set not null;
drop index partner_name_uk;
create unique index partner_name_key_uk on partner (organization_id, name_key);
