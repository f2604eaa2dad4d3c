package io.ostock.organization.domain;

public enum MemberRole {
    OWNER, MAINTAINER, MEMBER
}
