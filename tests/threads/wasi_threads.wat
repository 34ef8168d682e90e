;; A wasi-threads program (as `wasm32-wasip1-threads` programs are shaped: it imports its
;; shared memory from `env` and `thread-spawn` from `wasi`, and exports
;; `wasi_thread_start`). `_start` spawns 4 threads; thread k adds 1 to a shared counter
;; 1000 * k times, with a mutex on wait/notify around a plain read-add-write, then counts
;; itself done and notifies. `_start` waits for all four, then prints the counter
;; ("counter 10000") and each thread's id, summed ("tids 10").
(module
  (import "env" "memory" (memory 1 1 shared))
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  ;; 0: mutex, 4: counter, 8: threads done, 12: sum of thread ids, 64..: output text.

  (func $lock
    (if (i32.eqz (i32.atomic.rmw.cmpxchg (i32.const 0) (i32.const 0) (i32.const 1))) (then (return)))
    (loop $wait
      (if (i32.ne (i32.atomic.rmw.xchg (i32.const 0) (i32.const 2)) (i32.const 0))
        (then
          (drop (memory.atomic.wait32 (i32.const 0) (i32.const 2) (i64.const -1)))
          (br $wait)))))
  (func $unlock
    (if (i32.ne (i32.atomic.rmw.xchg (i32.const 0) (i32.const 0)) (i32.const 1))
      (then (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))))

  (func (export "wasi_thread_start") (param $tid i32) (param $k i32)
    (local $n i32)
    (local.set $n (i32.mul (local.get $k) (i32.const 1000)))
    (loop $l
      (call $lock)
      (i32.store (i32.const 4) (i32.add (i32.load (i32.const 4)) (i32.const 1)))
      (call $unlock)
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (drop (i32.atomic.rmw.add (i32.const 12) (local.get $tid)))
    (drop (i32.atomic.rmw.add (i32.const 8) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 8) (i32.const 1))))

  ;; Write "<label> <value>\n" to stdout.
  (func $print (param $label i32) (param $len i32) (param $value i32)
    (local $p i32) (local $digits i32)
    (memory.copy (i32.const 64) (local.get $label) (local.get $len))
    ;; The digits, backwards from 127.
    (local.set $p (i32.const 128))
    (loop $d
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $value) (i32.const 10))))
      (br_if $d (local.tee $value (i32.div_u (local.get $value) (i32.const 10)))))
    (local.set $digits (i32.sub (i32.const 128) (local.get $p)))
    (memory.copy (i32.add (i32.const 64) (local.get $len)) (local.get $p) (local.get $digits))
    (i32.store8 (i32.add (i32.add (i32.const 64) (local.get $len)) (local.get $digits)) (i32.const 10))
    (i32.store (i32.const 32) (i32.const 64))
    (i32.store (i32.const 36) (i32.add (i32.add (local.get $len) (local.get $digits)) (i32.const 1)))
    (drop (call $fd_write (i32.const 1) (i32.const 32) (i32.const 1) (i32.const 40))))

  (func (export "_start")
    (local $k i32) (local $done i32)
    (local.set $k (i32.const 1))
    (loop $s
      (if (i32.lt_s (call $spawn (local.get $k)) (i32.const 1)) (then unreachable))
      (br_if $s (i32.le_u (local.tee $k (i32.add (local.get $k) (i32.const 1))) (i32.const 4))))
    (loop $w
      (local.set $done (i32.atomic.load (i32.const 8)))
      (if (i32.lt_u (local.get $done) (i32.const 4))
        (then
          (drop (memory.atomic.wait32 (i32.const 8) (local.get $done) (i64.const -1)))
          (br $w))))
    (call $print (i32.const 200) (i32.const 8) (i32.load (i32.const 4)))
    (call $print (i32.const 208) (i32.const 5) (i32.load (i32.const 12))))

  (data (i32.const 200) "counter tids ")
)
