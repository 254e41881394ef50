package io.pmo.events.project;

/**
 * The type of a tenant-defined custom field of projects. Values travel as strings in a canonical form: TEXT as
 * written, NUMBER as a plain decimal ({@code "1250.5"}), DATE as an ISO date ({@code "2027-03-01"}), CHOICE as
 * one of the definition's choices.
 */
public enum CustomFieldType {
    TEXT, NUMBER, DATE, CHOICE
}
