package io.ostock.licensing.domain;

public enum LicenseStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED
}
