package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.Program;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import org.hibernate.SessionCheckMode;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, String> {

    /**
     * Those of the codes that exist, by code: one array parameter (one statement plan whatever their number), and
     * no statement for programs loaded in this transaction already.
     */
    public Map<String, Program> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Program> found = new HashMap<>();
        getEntityManager().unwrap(Session.class)
                .findMultiple(Program.class, List.copyOf(codes), SessionCheckMode.ENABLED).stream()
                .filter(Objects::nonNull).forEach(p -> found.put(p.code, p));
        return found;
    }

    public List<String> childCodes(String parentCode) {
        return find("parentCode", Sort.by("code"), parentCode).stream().map(p -> p.code).toList();
    }

    public List<Program> page(Optional<String> country, Optional<String> afterCode, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        country.ifPresent(value -> {
            query.append(" and country = :country");
            params.put("country", value);
        });
        afterCode.ifPresent(value -> {
            query.append(" and code > :after");
            params.put("after", value);
        });
        return find(query.toString(), Sort.by("code"), params).page(0, size).list();
    }
}
