/** Technical plumbing: schema migrations at start-up and the health checks. */
package io.ostock.organization.infrastructure;
