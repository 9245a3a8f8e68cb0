package io.revitalization.cases.app;

import io.revitalization.cases.domain.Program;
import io.revitalization.cases.persistence.ProgramRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parents of programs (MOE-USR above MOE-USR-PHASE-2), which a case's events carry so that grouping by a
 * parent program includes the cases listed under its children.
 */
@ApplicationScoped
public class ProgramParents {
    private final ProgramRepository programs;

    public ProgramParents(ProgramRepository programs) {
        this.programs = programs;
    }

    /** Each code's parent, the parent's parent and so on, nearest first; empty for a program without one. */
    public Map<String, List<String>> of(Collection<String> codes) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (String code : codes) {
            List<String> chain = new ArrayList<>();
            String parent = parentOf(code);
            // a program cannot be its own ancestor; stop rather than loop on data that says otherwise
            while (parent != null && !parent.equals(code) && !chain.contains(parent)) {
                chain.add(parent);
                parent = parentOf(parent);
            }
            parents.put(code, List.copyOf(chain));
        }
        return parents;
    }

    private String parentOf(String code) {
        Program program = programs.findById(code);
        return program == null ? null : program.parentCode;
    }
}
