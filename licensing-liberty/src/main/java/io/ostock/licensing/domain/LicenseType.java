package io.ostock.licensing.domain;

public enum LicenseType {
    PER_SEAT, SITE, SUBSCRIPTION, TRIAL
}
