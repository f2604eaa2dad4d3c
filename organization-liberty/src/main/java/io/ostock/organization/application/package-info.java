/**
 * Use cases of the Organization service, one service class per resource family. Each public method
 * is one transaction; organization and contact changes also append their event to the outbox in that
 * same transaction.
 */
package io.ostock.organization.application;
