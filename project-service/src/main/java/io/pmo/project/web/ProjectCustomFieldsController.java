package io.pmo.project.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.pmo.platform.web.IfMatch;
import io.pmo.platform.web.Writes;
import io.pmo.project.command.ProjectCommands.SetCustomFieldValues;

/**
 * {@code /api/v1/projects/{id}/custom-fields}: the project's values of the tenant's custom fields
 * ({@code GET/PUT /api/v1/settings/project}). The values replace the previous ones; the aggregate checks them
 * against the definitions (unknown key, wrong type, missing required value: 422 naming {@code values.<key>}).
 * The project shows them in {@code /plan}.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/custom-fields")
class ProjectCustomFieldsController {

    private final CommandGateway commands;

    ProjectCustomFieldsController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Key -> value: a string, or a number for NUMBER fields (a numeric string is fine too); null for none. */
    record CustomFieldsRequest(@NotNull @Size(max = 100) Map<String, Object> values) {
    }

    @PutMapping
    ResponseEntity<ProjectController.WriteResult> put(@PathVariable ProjectId projectId,
            @Valid @RequestBody CustomFieldsRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return ProjectController.written(projectId.value(), Writes.version(commands, new SetCustomFieldValues(
                projectId.value(), request.values(), IfMatch.expectedVersion(ifMatch))));
    }
}
