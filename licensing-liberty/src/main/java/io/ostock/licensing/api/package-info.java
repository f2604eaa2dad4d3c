/** The Licensing REST API: thin resources over LicenseService, errors as problem+json. */
package io.ostock.licensing.api;
