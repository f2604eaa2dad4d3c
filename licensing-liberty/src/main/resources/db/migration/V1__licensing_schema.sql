-- The Licensing service's schema (database "licensing"). Indexes serve the API's lookups.

create table license (
    id              uuid primary key,
    organization_id uuid         not null,
    product_name    varchar(200) not null,
    license_type    varchar(20)  not null check (license_type in ('PER_SEAT', 'SITE', 'SUBSCRIPTION', 'TRIAL')),
    seats           integer      check (seats is null or seats > 0),
    status          varchar(20)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')),
    issued_at       timestamptz  not null,
    expires_at      timestamptz  not null,
    comment         varchar(1000),
    -- SHA-256 of the key, hex; the key itself is shown once, at issue, and never stored.
    key_hash        char(64)     not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null,
    constraint license_seats_for_per_seat check ((license_type = 'PER_SEAT') = (seats is not null))
);
-- The validation hot path looks a license up by its key's hash.
create unique index license_key_hash_uk on license (key_hash);
-- An organization's licenses, by status and expiry (list filters and ordering).
create index license_organization_idx on license (organization_id, status, expires_at);
-- The expiry job's scan of active licenses by expiry.
create index license_active_expiry_idx on license (expires_at) where status = 'ACTIVE';

-- Transactional outbox (same shape as every service's): rows written with the change, moved to
-- Redis Streams after commit by platform-commons' relay.
create table outbox_event (
    id           bigserial primary key,
    stream       varchar(200) not null,
    event_type   varchar(60)  not null,
    aggregate_id varchar(100) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);
