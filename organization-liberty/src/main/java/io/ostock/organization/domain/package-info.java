/**
 * The Organization service's model and its rules: organizations, their contacts, user groups and
 * members, partners, and the org chart of units. Nothing here needs a container; the rules are unit
 * tested directly.
 *
 * <p>Entities spell out their accessors one by one, alike from class to class: JPA maps fields, and
 * records cannot be entities.</p>
 */
package io.ostock.organization.domain;
