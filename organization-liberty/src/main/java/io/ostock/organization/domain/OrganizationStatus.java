package io.ostock.organization.domain;

public enum OrganizationStatus {
    ACTIVE, SUSPENDED
}
