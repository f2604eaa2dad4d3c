-- The trace of the request that wrote an event (W3C traceparent), so that its publication and its
-- consumers' handling appear in that trace (platform-commons' EventSpans).
alter table outbox_event add column traceparent varchar(55);
