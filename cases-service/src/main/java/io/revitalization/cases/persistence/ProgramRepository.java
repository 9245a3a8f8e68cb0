package io.revitalization.cases.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.revitalization.cases.domain.Program;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, String> {

    public Map<String, Program> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", codes).stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
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
