/**
 * Licenses and their rules: which states may change to which, how long a term runs, how keys are
 * made and recognized. No container needed; unit tested directly.
 */
package io.ostock.licensing.domain;
