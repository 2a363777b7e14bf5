package dev.eager.workload.orm;

/**
 * What the orm's service layers share across strategies. Above each strategy's repository sit
 * {@code k} pass-through service layers ({@code Services} in every strategy's package, generated
 * from one template per strategy), each its own class behind the {@code UserService} interface, as
 * the decorators real code stacks up (caching, metrics, retries, tracing, authorization): each counts
 * the lookups it passes on and checks the answer it passes back. So the realistic stack gets
 * {@code fixed + slope x k} like the chain's {@code fixed + slope x depth}.
 */
public final class ServiceLayers {
    /** The most service layers a stack takes (the template's generated classes). */
    public static final int MAX = 8;

    private ServiceLayers() {
    }

    /** {@code k}, if a stack can have that many service layers. */
    public static int checkCount(int k) {
        if (k < 0 || k > MAX) {
            throw new IllegalArgumentException(k + " service layers: expected 0 ... " + MAX);
        }
        return k;
    }

    /** The answer a layer passes back: the user asked for, or none; anything else is a broken layer below. */
    public static User checked(int id, User user) {
        if (user != null && user.id() != id) {
            throw new IllegalStateException("asked for user " + id + ", got " + user);
        }
        return user;
    }
}
