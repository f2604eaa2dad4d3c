package io.ostock.organization.domain;

public enum PartnerStatus {
    ACTIVE, INACTIVE
}
