/** The Organization service client (Rest Client + Fault Tolerance), migrations, health checks. */
package io.ostock.licensing.infrastructure;
