-- The Organization service's schema. Every lookup the API makes has an index below.

create table organization (
    id         uuid primary key,
    name       varchar(200) not null,
    status     varchar(20)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null
);
-- Names are unique regardless of case; the same index serves exact lookups by name.
create unique index organization_name_ci_uk on organization (lower(name));
-- Name-prefix filter (lower(name) like 'abc%') and the listing order.
create index organization_name_prefix_idx on organization (lower(name) text_pattern_ops);
create index organization_status_name_idx on organization (status, lower(name));

create table contact (
    id              uuid primary key,
    organization_id uuid         not null references organization (id) on delete cascade,
    name            varchar(200) not null,
    email           varchar(254) not null,
    phone           varchar(40),
    role            varchar(100),
    is_primary      boolean      not null default false,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null
);
create index contact_organization_idx on contact (organization_id, lower(name));
-- At most one primary contact per organization, even under concurrent writes.
create unique index contact_one_primary_uk on contact (organization_id) where is_primary;

create table user_group (
    id              uuid primary key,
    organization_id uuid          not null references organization (id) on delete cascade,
    name            varchar(100)  not null,
    description     varchar(1000),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null
);
create unique index user_group_name_uk on user_group (organization_id, lower(name));

create table group_member (
    id         uuid primary key,
    group_id   uuid         not null references user_group (id) on delete cascade,
    username   varchar(100) not null,
    role       varchar(20)  not null check (role in ('OWNER', 'MAINTAINER', 'MEMBER')),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null
);
create unique index group_member_username_uk on group_member (group_id, lower(username));

create table partner (
    id              uuid primary key,
    organization_id uuid         not null references organization (id) on delete cascade,
    name            varchar(200) not null,
    partner_type    varchar(20)  not null check (partner_type in ('RESELLER', 'SUPPLIER', 'DISTRIBUTOR', 'INTEGRATOR')),
    since           date         not null,
    status          varchar(20)  not null check (status in ('ACTIVE', 'INACTIVE')),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null
);
create unique index partner_name_uk on partner (organization_id, lower(name));

create table org_unit (
    id               uuid primary key,
    organization_id  uuid         not null references organization (id) on delete cascade,
    parent_id        uuid,
    name             varchar(200) not null,
    manager_username varchar(100),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    -- A parent must belong to the same organization: the composite key makes the database refuse it too.
    constraint org_unit_org_id_uk unique (organization_id, id),
    constraint org_unit_parent_fk foreign key (organization_id, parent_id)
        references org_unit (organization_id, id) on delete cascade
);
create index org_unit_organization_idx on org_unit (organization_id);
create index org_unit_parent_idx on org_unit (parent_id);

-- Transactional outbox: rows written with the change, moved to Redis Streams after commit.
create table outbox_event (
    id           bigserial primary key,
    stream       varchar(200) not null,
    event_type   varchar(60)  not null,
    aggregate_id varchar(100) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);
