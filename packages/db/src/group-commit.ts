/** A request waiting in a group-commit queue, with how to answer it. */
export interface Waiting<T> {
  resolve: (value: T) => void
  reject: (err: unknown) => void
}

/**
 * The queue under a writer that commits many requests' writes in one transaction (group commit: the ledger
 * chain's appender, a new ticket's births). Requests wait in arrival order; one drain at a time commits the
 * front as a group (`commitNext`, the writer's own), looping until the queue is empty. A failure that is not a
 * race answers the front request (`failFront`), so no caller is left waiting and the rest go on.
 */
export abstract class GroupCommitQueue<W extends Waiting<never>> {
  protected readonly queue: W[] = []
  private draining = false

  /** Nothing waiting or going out. */
  get idle(): boolean {
    return this.queue.length === 0 && !this.draining
  }

  /** Commits the front of the queue, or settles requests that cannot be committed. */
  protected abstract commitNext(): Promise<void>

  /** What the front request is answered with when a commit failed other than by a race. */
  protected abstract failFront(err: unknown): unknown

  protected enqueue(waiting: W): void {
    this.queue.push(waiting)
    void this.drain()
  }

  private async drain(): Promise<void> {
    if (this.draining) return
    this.draining = true
    try {
      while (this.queue.length > 0) {
        try {
          await this.commitNext()
        } catch (err) {
          const front = this.queue[0]
          if (front) this.settle([front], (w) => w.reject(this.failFront(err)))
        }
      }
    } finally {
      this.draining = false
    }
  }

  /** Takes these requests off the queue and answers each (`i`: its place in `batch`). */
  protected settle(batch: readonly W[], how: (w: W, i: number) => void): void {
    batch.forEach((waiting, i) => {
      const at = this.queue.indexOf(waiting)
      if (at >= 0) this.queue.splice(at, 1)
      how(waiting, i)
    })
  }
}
