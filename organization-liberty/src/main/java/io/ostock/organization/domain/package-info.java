/**
 * The Organization service's model and its rules: organizations, their contacts, user groups and
 * members, partners, and the org chart of units. Nothing here needs a container; the rules are unit
 * tested directly.
 */
package io.ostock.organization.domain;
