package de.welcomeportal.portal.webapi;

import java.util.List;

/** A request that cannot be processed as sent; answered with 400 and the list of invalid fields. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
