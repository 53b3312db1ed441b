"use client";

import jsQR from "jsqr";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/**
 * Reads the QR code of a booking confirmation with the device's camera, for desks without a
 * barcode scanner (a tablet, a laptop). Frames are decoded in the browser; nothing is recorded.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("deskWork.scanner");
  const video = useRef<HTMLVideoElement>(null);
  const [active, setActive] = useState(false);
  const [problem, setProblem] = useState<"denied" | null>(null);
  const [supported, setSupported] = useState(false);

  useEffect(() => {
    // After hydration: the server cannot know whether this device has a camera API.
    const timer = setTimeout(() => setSupported(Boolean(navigator.mediaDevices?.getUserMedia)), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });

    function scan() {
      if (stopped) return;
      const element = video.current;
      if (element && context && element.readyState >= element.HAVE_ENOUGH_DATA && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        if (found?.data) {
          setActive(false);
          onCode(found.data);
          return;
        }
      }
      frame = window.setTimeout(scan, 150);
    }

    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then((media) => {
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
        scan();
      })
      .catch(() => {
        setProblem("denied");
        setActive(false);
      });

    return () => {
      stopped = true;
      clearTimeout(frame);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active, onCode]);

  if (!supported) return null;
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          setActive((current) => !current);
        }}
        aria-expanded={active}
        className="cursor-pointer rounded-md border-2 border-primary px-4 py-2 font-bold text-primary-strong hover:bg-primary-soft"
      >
        {active ? t("stop") : t("start")}
      </button>
      {problem ? (
        <p role="alert" className="font-semibold text-danger">
          {t("denied")}
        </p>
      ) : null}
      {active ? (
        <div>
          <p className="text-sm text-muted" role="status">
            {t("hint")}
          </p>
          <video ref={video} muted playsInline aria-label={t("preview")} className="mt-2 w-full max-w-sm rounded-md border-2 border-line" />
        </div>
      ) : null}
    </div>
  );
}
