-- EXPIRING notices sent by the expiry job: one row per license and expiry date, so each license
-- gets one notice per notice window. A renewal moves expires_at, which opens a new window. The
-- primary key makes a second notice for the same window impossible, whichever instance tries.
create table license_expiry_notice (
    license_id uuid        not null references license (id) on delete cascade,
    expires_at timestamptz not null,
    sent_at    timestamptz not null,
    primary key (license_id, expires_at)
);
