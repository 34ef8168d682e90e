;; The legacy exception-handling encoding (try, catch, catch_all, rethrow, delegate), as
;; shipped toolchains emit it, on the same landing pads and unwinder as try_table.

(module
  (tag $e (param i32))
  (tag $f (param i32 i64))
  (tag $g)
  (func $throw_e (param i32) (throw $e (local.get 0)))
  (func $throw_f (param i32) (throw $f (local.get 0) (i64.const 7)))
  (func $throw_g (throw $g))
  (func $maybe (param i32)
    (if (i32.eq (local.get 0) (i32.const 1)) (then (call $throw_e (i32.const 10))))
    (if (i32.eq (local.get 0) (i32.const 2)) (then (call $throw_f (i32.const 20))))
    (if (i32.eq (local.get 0) (i32.const 3)) (then (call $throw_g))))

  ;; Clauses in order; the body's value when nothing is thrown.
  (func (export "clauses") (param i32) (result i64)
    try (result i64)
      local.get 0
      call $maybe
      i64.const 0
    catch $e
      i64.extend_i32_u
    catch $f
      drop
      drop
      i64.const 100
    catch_all
      i64.const -1
    end)

  ;; No catch_all: what no clause matches goes on to the caller.
  (func (export "partial") (param i32) (result i32)
    try (result i32)
      local.get 0
      call $maybe
      i32.const 0
    catch $e
    end)

  ;; rethrow from a nested catch to the outer try of the same function.
  (func (export "rethrow") (param i32) (result i32)
    try (result i32)
      try (result i32)
        local.get 0
        call $maybe
        i32.const 0
      catch $e
        drop
        rethrow 0
      end
    catch $e
      i32.const 1000
      i32.add
    end)

  ;; rethrow of an outer catch's exception from inside a nested try in its catch code.
  (func (export "rethrow_outer") (result i32)
    try (result i32)
      try
        i32.const 5
        call $throw_e
      catch $e
        drop
        try
          call $throw_g
        catch $g
          rethrow 1
        end
      end
      i32.const 0
    catch $e
    end)

  ;; delegate to an outer try, skipping the middle one's clauses.
  (func (export "delegate") (param i32) (result i32)
    try (result i32)
      try (result i32)
        try
          local.get 0
          call $maybe
        delegate 1
        i32.const 0
      catch $e
        drop
        i32.const -5
      end
    catch $e
      i32.const 2000
      i32.add
    end)

  ;; delegate to the function: straight to the caller.
  (func (export "delegate_out") (param i32)
    try
      try
        local.get 0
        call $maybe
      delegate 1
    catch_all
    end)

  ;; A catch in a loop, many times: the hidden local's exception is freed each time.
  (func (export "loop") (param $n i32) (result i32)
    (local $sum i32)
    loop $l
      try
        local.get $n
        call $throw_e
      catch $e
        local.get $sum
        i32.add
        local.set $sum
      end
      local.get $n
      i32.const 1
      i32.sub
      local.tee $n
      br_if $l
    end
    local.get $sum)

  ;; try_table and legacy try mixed.
  (func (export "mixed") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h)
        try
          i32.const 3
          call $throw_e
        catch $g
        end)
      (i32.const 0)))

  ;; A throw in the body itself, and a catch body that branches out.
  (func (export "local") (param i32) (result i32)
    block $out (result i32)
      try (result i32)
        local.get 0
        throw $e
      catch $e
        i32.const 1
        i32.add
        br $out
      end
    end)
)

(assert_return (invoke "clauses" (i32.const 0)) (i64.const 0))
(assert_return (invoke "clauses" (i32.const 1)) (i64.const 10))
(assert_return (invoke "clauses" (i32.const 2)) (i64.const 100))
(assert_return (invoke "clauses" (i32.const 3)) (i64.const -1))
(assert_return (invoke "partial" (i32.const 1)) (i32.const 10))
(assert_exception (invoke "partial" (i32.const 2)))
(assert_return (invoke "rethrow" (i32.const 1)) (i32.const 1010))
(assert_exception (invoke "rethrow" (i32.const 3)))
(assert_return (invoke "rethrow_outer") (i32.const 5))
(assert_return (invoke "delegate" (i32.const 1)) (i32.const 2010))
(assert_return (invoke "delegate" (i32.const 0)) (i32.const 0))
(assert_exception (invoke "delegate_out" (i32.const 1)))
(assert_return (invoke "delegate_out" (i32.const 0)))
(assert_return (invoke "loop" (i32.const 1000)) (i32.const 500500))
(assert_return (invoke "mixed") (i32.const 3))
(assert_return (invoke "local" (i32.const 41)) (i32.const 42))
