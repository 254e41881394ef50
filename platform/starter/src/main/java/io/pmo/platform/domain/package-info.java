/**
 * Rejections: the domain's answer when it refuses a command, as plain Java types every aggregate, rule and guard
 * throws. No Spring, servlet or Jackson class is imported here (a test checks it); the web layer maps each kind to
 * problem+json in one place.
 */
package io.pmo.platform.domain;
