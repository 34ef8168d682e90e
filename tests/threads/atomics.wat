;; Stress kernels for tests/threads.rs: each runs on several threads at once over one
;; shared memory, and the final values are exact.
(module
  (memory (export "memory") 1 1 shared)

  ;; Counters at every width, one read-modify-write operator each.
  (func (export "add32") (param $n i32)
    (loop $l (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "add64") (param $n i32)
    (loop $l (drop (i64.atomic.rmw.add (i32.const 8) (i64.const 0x100000001)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "sub16") (param $n i32)
    (loop $l (drop (i32.atomic.rmw16.sub_u (i32.const 16) (i32.const 3)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "add8") (param $n i32)
    (loop $l (drop (i64.atomic.rmw8.add_u (i32.const 24) (i64.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; Thread $t flips its own bit of a shared word $n times with xor, sets it with or, and
  ;; clears its neighbour's bit of another word with and.
  (func (export "bits") (param $t i32) (param $n i32)
    (local $bit i32)
    (local.set $bit (i32.shl (i32.const 1) (local.get $t)))
    (loop $l
      (drop (i32.atomic.rmw.xor (i32.const 32) (local.get $bit)))
      (drop (i64.atomic.rmw32.or_u (i32.const 40) (i64.extend_i32_u (local.get $bit))))
      (drop (i32.atomic.rmw.and (i32.const 48) (i32.xor (local.get $bit) (i32.const -1))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; A counter incremented by compare-exchange loops.
  (func (export "cas64") (param $n i32)
    (local $old i64)
    (loop $l
      (loop $retry
        (local.set $old (i64.atomic.load (i32.const 56)))
        (br_if $retry (i64.ne (local.get $old)
          (i64.atomic.rmw.cmpxchg (i32.const 56) (local.get $old) (i64.add (local.get $old) (i64.const 1))))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; A spin lock by exchange guarding a plain (non-atomic) counter.
  (func (export "xchg_lock") (param $n i32)
    (loop $l
      (loop $spin (br_if $spin (i32.atomic.rmw8.xchg_u (i32.const 64) (i32.const 1))))
      (i32.store (i32.const 68) (i32.add (i32.load (i32.const 68)) (i32.const 1)))
      (i32.atomic.store8 (i32.const 64) (i32.const 0))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  ;; A mutex on compare-exchange and wait/notify (0 free, 1 locked, 2 locked with
  ;; waiters), guarding a plain counter.
  (func $lock
    (local $c i32)
    (if (i32.eqz (i32.atomic.rmw.cmpxchg (i32.const 128) (i32.const 0) (i32.const 1))) (then (return)))
    (loop $wait
      (if (i32.ne (i32.atomic.rmw.xchg (i32.const 128) (i32.const 2)) (i32.const 0))
        (then
          (drop (memory.atomic.wait32 (i32.const 128) (i32.const 2) (i64.const -1)))
          (br $wait)))))
  (func $unlock
    (if (i32.ne (i32.atomic.rmw.xchg (i32.const 128) (i32.const 0)) (i32.const 1))
      (then (drop (memory.atomic.notify (i32.const 128) (i32.const 1))))))
  (func (export "mutex") (param $n i32)
    (loop $l
      (call $lock)
      (i32.store (i32.const 132) (i32.add (i32.load (i32.const 132)) (i32.const 1)))
      (call $unlock)
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))

  ;; A one-producer, one-consumer queue of 16 slots at 256: head (written by the consumer)
  ;; at 192, tail (written by the producer) at 196; each side waits on the other's index.
  (func (export "produce") (param $n i32)
    (local $i i32) (local $tail i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (local.set $tail (i32.atomic.load (i32.const 196)))
      ;; Full: wait for the consumer to move its head.
      (loop $full
        (if (i32.ge_u (i32.sub (local.get $tail) (i32.atomic.load (i32.const 192))) (i32.const 16))
          (then
            (drop (memory.atomic.wait32 (i32.const 192) (i32.atomic.load (i32.const 192)) (i64.const 1000000)))
            (br $full))))
      (i32.store (i32.add (i32.const 256) (i32.shl (i32.and (local.get $tail) (i32.const 15)) (i32.const 2)))
        (local.get $i))
      (i32.atomic.store (i32.const 196) (i32.add (local.get $tail) (i32.const 1)))
      (drop (memory.atomic.notify (i32.const 196) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  (func (export "consume") (param $n i32) (result i64)
    (local $sum i64) (local $head i32)
    (loop $l
      (local.set $head (i32.atomic.load (i32.const 192)))
      ;; Empty: wait for the producer to move its tail.
      (loop $empty
        (if (i32.eq (i32.atomic.load (i32.const 196)) (local.get $head))
          (then
            (drop (memory.atomic.wait32 (i32.const 196) (local.get $head) (i64.const 1000000)))
            (br $empty))))
      (local.set $sum (i64.add (local.get $sum)
        (i64.extend_i32_u (i32.load (i32.add (i32.const 256) (i32.shl (i32.and (local.get $head) (i32.const 15)) (i32.const 2)))))))
      (i32.atomic.store (i32.const 192) (i32.add (local.get $head) (i32.const 1)))
      (drop (memory.atomic.notify (i32.const 192) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))

  (func (export "read32") (param i32) (result i32) (i32.atomic.load (local.get 0)))
  (func (export "read64") (param i32) (result i64) (i64.atomic.load (local.get 0)))
)
