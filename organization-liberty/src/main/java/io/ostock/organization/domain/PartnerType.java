package io.ostock.organization.domain;

public enum PartnerType {
    RESELLER, SUPPLIER, DISTRIBUTOR, INTEGRATOR
}
