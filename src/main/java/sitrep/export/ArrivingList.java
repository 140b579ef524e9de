package sitrep.export;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import sitrep.model.IncidentSet;
import sitrep.pipeline.SitrepException;

/**
 * An immutable list that one producer fills while consumers already go over it: iterating waits for the next
 * element, {@code get(i)} for element i, and {@code size()} for the last one. So the outputs that stream over the
 * incidents (the exports, the report's totals) run while incidents.json is still being read. When the producer
 * fails, every consumer that waits gets its exception. Thread-safe.
 *
 * @param <E> the element type
 */
final class ArrivingList<E> extends AbstractList<E> implements IncidentSet.OnDemand, RandomAccess {
  /** Elements handed over in batches, so that consumers are woken a few hundred times, not once per element. */
  private static final int BATCH = 256;

  private volatile Object[] items = new Object[1024];
  /** Elements published: items[0 .. count) are final. */
  private volatile int count;
  private boolean done;
  private RuntimeException failure;

  // the producer's batch, not yet published
  private final Object[] batch = new Object[BATCH];
  private int batched;

  // ---- producer ---------------------------------------------------------------------------------------------

  /** Adds an element (producer only); it is visible to consumers once its batch is published. */
  @Override
  public boolean add(E e) {
    batch[batched++] = e;
    if (batched == BATCH) {
      publish();
    }
    return true;
  }

  private void publish() {
    if (batched == 0) {
      return;
    }
    synchronized (this) {
      Object[] a = items;
      int n = count;
      if (n + batched > a.length) {
        a = Arrays.copyOf(a, Math.max(2 * a.length, n + batched));
      }
      System.arraycopy(batch, 0, a, n, batched);
      items = a;
      count = n + batched;
      notifyAll();
    }
    Arrays.fill(batch, 0, batched, null);
    batched = 0;
  }

  /** The producer is done: the list is complete. */
  void finish() {
    publish();
    synchronized (this) {
      done = true;
      notifyAll();
    }
  }

  /** The producer failed: consumers waiting for more get this exception. */
  void fail(RuntimeException e) {
    synchronized (this) {
      failure = e;
      done = true;
      notifyAll();
    }
  }

  // ---- consumers --------------------------------------------------------------------------------------------

  /** Waits until element i is there (true) or the list is complete without it (false). */
  private boolean await(int i) {
    if (i < count) {
      return true;
    }
    synchronized (this) {
      while (i >= count && !done) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SitrepException("interrupted while the incidents were read", e);
        }
      }
      if (i < count) {
        return true;
      }
      if (failure != null) {
        throw failure;
      }
      return false;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || !await(index)) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    return (E) items[index];
  }

  @Override
  public boolean isEmpty() {
    return !await(0);
  }

  @Override
  public int size() {
    await(Integer.MAX_VALUE);
    return count;
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return await(next);
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (!await(next)) {
          throw new NoSuchElementException();
        }
        return (E) items[next++];
      }
    };
  }
}
